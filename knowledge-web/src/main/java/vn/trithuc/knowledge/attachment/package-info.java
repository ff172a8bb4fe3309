/**
 * Attachments: images and documents uploaded to articles, typed by their content (Tika), within
 * size limits, never executables or files whose name and content disagree.
 */
package vn.trithuc.knowledge.attachment;
