/**
 * Exams: blueprints drawing questions from a bank per category and difficulty, attempts with a
 * server-kept deadline, answers saved one by one (a later sequence number wins, a save is one
 * update), grading with the shared grader, an audit trail, and the link to a course's certificate.
 */
package vn.trithuc.learning.exam;
