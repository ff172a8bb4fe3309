/**
 * Markdown to safe HTML: CommonMark with the extensions the knowledge bases and lessons use,
 * every rendered fragment passed through the OWASP HTML sanitizer before it is stored or shown.
 */
package vn.trithuc.content.markdown;
