/**
 * The review queue of reviewed spaces (medical): pending revisions with their diff against what
 * readers see, approved or rejected with a comment by a medical reviewer.
 */
package vn.trithuc.knowledge.review;
