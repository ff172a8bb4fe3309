/**
 * Vietnamese-first search analysis on plain Lucene, shared by the knowledge index (Hibernate
 * Search) and the relevance and latency benchmarks, so both measure the same thing: analyzers
 * (folded, exact, adjacent-syllable shingles, prefixes; English, French, CJK) and the query
 * builder that ranks exact-diacritic and adjacent-syllable matches first.
 */
package vn.trithuc.content.search;
