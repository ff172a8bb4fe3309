/**
 * The question model shared by practice quizzes in lessons, the exam question bank and the
 * GIFT / Moodle XML / QTI converters: the types, their keys, and automatic grading (with partial
 * credit and a Vietnamese-aware comparison of short answers). Pure Java.
 */
package vn.trithuc.content.questions;
