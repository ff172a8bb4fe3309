/**
 * Documents (PDF, Word, PowerPoint, OpenDocument, RTF, HTML, EPUB) to Markdown articles, with
 * Apache Tika and flexmark's HTML-to-Markdown converter.
 */
package vn.trithuc.content.documents;
