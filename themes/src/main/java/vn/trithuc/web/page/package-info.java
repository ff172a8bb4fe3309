/**
 * Server-rendered pages: FreeMarker {@code .ftlh} templates (HTML auto-escaping) from the theme,
 * the message bundles of the chosen language (Vietnamese first, English second), and the writer
 * that turns a {@link vn.trithuc.web.page.Page} returned by a resource into HTML.
 */
package vn.trithuc.web.page;
