/**
 * Question files in and out: GIFT (and, to come, Moodle XML and QTI 2.1). Readers return every
 * question they could map and, item by item, what they could not and why; a syntax error stops
 * the file with its line.
 */
package vn.trithuc.content.questions.formats;
