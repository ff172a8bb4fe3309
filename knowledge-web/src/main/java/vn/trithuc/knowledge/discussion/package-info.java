/**
 * Discussion: a thread of posts per article, written in the same Markdown as articles and
 * sanitised the same way, with replies.
 */
package vn.trithuc.knowledge.discussion;
