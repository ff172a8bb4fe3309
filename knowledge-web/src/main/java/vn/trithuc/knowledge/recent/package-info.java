/**
 * Recent changes: the published edits of all spaces or one, newest first, as JSON, as a page for
 * patrolling editors, and as an Atom feed for feed readers.
 */
package vn.trithuc.knowledge.recent;
