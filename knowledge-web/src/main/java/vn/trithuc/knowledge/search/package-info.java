/**
 * Search over the knowledge bases: the article index (Hibernate Search, Lucene backend) with
 * Vietnamese analysis from {@code content-import}, the search and suggestion API, the search page.
 */
package vn.trithuc.knowledge.search;
