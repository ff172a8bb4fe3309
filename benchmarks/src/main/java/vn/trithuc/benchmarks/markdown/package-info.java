/**
 * Rendering cost of Markdown articles on save (design rule 3: render on save, not on read).
 */
package vn.trithuc.benchmarks.markdown;
