/**
 * The web layer both WARs share. {@link vn.trithuc.web.Settings} is the one place that reads
 * environment variables for it.
 */
package vn.trithuc.web;
