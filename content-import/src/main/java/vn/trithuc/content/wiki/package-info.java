/**
 * Wiki links in Markdown: {@code [[Title]]}, {@code [[Title|label]]}, {@code [[space:Title]]} and
 * category tags {@code [[Thể loại:Name]]} / {@code [[Category:Name]]}, found in the CommonMark
 * tree (never inside code) and rendered through a resolver that knows which pages exist.
 */
package vn.trithuc.content.wiki;
