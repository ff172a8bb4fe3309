/**
 * Articles and their immutable revisions: saving with a base revision (three-way merge of stale
 * saves, 409 with the conflicting hunks when they overlap), history, diff, revert, wiki links,
 * backlinks and categories, and the per-space policy that decides what readers see.
 */
package vn.trithuc.knowledge.article;
