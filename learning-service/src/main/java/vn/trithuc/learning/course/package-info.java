/**
 * Courses: the MOOC catalogue for citizens and the digital-skills training of civil servants.
 */
package vn.trithuc.learning.course;
