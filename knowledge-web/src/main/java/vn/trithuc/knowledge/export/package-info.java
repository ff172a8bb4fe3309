/** Spaces leaving in open formats: MediaWiki XML with full history. */
package vn.trithuc.knowledge.export;
