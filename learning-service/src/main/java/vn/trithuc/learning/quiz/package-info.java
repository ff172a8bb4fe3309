/**
 * Questions as JSON (the lesson quizzes now; the question bank and exams reuse it) and practice
 * quizzes inside lessons: answered, graded and explained, never recorded.
 */
package vn.trithuc.learning.quiz;
