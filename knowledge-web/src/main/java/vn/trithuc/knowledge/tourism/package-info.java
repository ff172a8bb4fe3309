/**
 * Tourism &amp; culture: places with coordinates, kind, address and opening hours; translations of
 * an article linked as one group with a "translation outdated" flag; the map (GeoJSON for
 * Leaflet) and printable QR codes that open an article in the visitor's language.
 */
package vn.trithuc.knowledge.tourism;
