/**
 * Question banks: questions by category, tag and difficulty, versioned (an edit never changes a
 * version already given to a candidate), imported from GIFT, Aiken, Moodle XML and QTI 2.1 and
 * exported as GIFT and QTI through {@code content-import}.
 */
package vn.trithuc.learning.bank;
