/**
 * Agriculture practice notes: the structured fields farmers fill in (crop or livestock, pest or
 * disease, season months, district and commune, method), verification by an agricultural
 * expert, and browsing by crop and by district.
 */
package vn.trithuc.knowledge.agriculture;
