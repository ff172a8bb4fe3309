/**
 * MediaWiki export XML (schema 0.8 to 0.11): a streaming reader with full history, and a
 * wikitext → Markdown converter for the common constructs.
 */
package vn.trithuc.content.mediawiki;
