/**
 * Imports into the knowledge bases: documents (PDF, Word, PowerPoint, OpenDocument, RTF, HTML,
 * EPUB) as articles with their images as attachments.
 */
package vn.trithuc.knowledge.imports;
