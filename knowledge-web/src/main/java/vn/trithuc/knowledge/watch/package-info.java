/**
 * Watchlists: articles a person follows, and what changed in them since their last visit.
 */
package vn.trithuc.knowledge.watch;
