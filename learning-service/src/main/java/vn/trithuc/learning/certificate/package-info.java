/**
 * Certificates of completion: Ed25519-signed codes (verifiable offline from the QR payload), PDF
 * certificates with a QR code to the public verification page, expiry and revocation.
 */
package vn.trithuc.learning.certificate;
