package vn.trithuc.learning.certificate;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a certificate's QR code carries: the facts (serial, learner, course, dates) and an Ed25519
 * signature over them, as {@code base64url(facts).base64url(signature)}. Anyone with the
 * platform's public key verifies it offline; the verification page also checks revocation.
 *
 * @param serial    the certificate's number
 * @param learner   the learner's name as issued
 * @param courseId  the course
 * @param course    the course title as issued
 * @param issued    issue date
 * @param expires   expiry date, or {@code null}
 */
public record CertificateCode(String serial, String learner, long courseId, String course, LocalDate issued,
                              LocalDate expires) {

    static final String VERSION = "TT1";
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();
    /** Longest code accepted for decoding (a URL segment, a QR code). */
    public static final int MAX_LENGTH = 1000;

    public CertificateCode {
        Objects.requireNonNull(serial, "serial");
        Objects.requireNonNull(learner, "learner");
        Objects.requireNonNull(course, "course");
        Objects.requireNonNull(issued, "issued");
        for (String field : List.of(serial, learner, course)) {
            if (field.indexOf('\n') >= 0) {
                throw new IllegalArgumentException("certificate fields are single lines");
            }
        }
    }

    /** The facts, one a line, as signed. */
    byte[] facts() {
        return String.join("\n", VERSION, serial, learner, Long.toString(courseId), course, issued.toString(),
                expires == null ? "" : expires.toString()).getBytes(StandardCharsets.UTF_8);
    }

    /** The signed code. */
    public String sign(PrivateKey key) {
        try {
            Signature signature = Signature.getInstance("Ed25519");
            signature.initSign(key);
            byte[] facts = facts();
            signature.update(facts);
            return ENCODER.encodeToString(facts) + "." + ENCODER.encodeToString(signature.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot sign with Ed25519", e);
        }
    }

    /**
     * The facts of a code whose signature {@code key} verifies; empty for anything else (unknown
     * format, altered facts, another key's signature) — never an exception.
     */
    public static Optional<CertificateCode> verify(String code, PublicKey key) {
        if (code == null || code.length() > MAX_LENGTH) {
            return Optional.empty();
        }
        int dot = code.indexOf('.');
        if (dot <= 0 || dot != code.lastIndexOf('.')) {
            return Optional.empty();
        }
        try {
            byte[] facts = DECODER.decode(code.substring(0, dot));
            byte[] signed = DECODER.decode(code.substring(dot + 1));
            Signature signature = Signature.getInstance("Ed25519");
            signature.initVerify(key);
            signature.update(facts);
            if (!signature.verify(signed)) {
                return Optional.empty();
            }
            String[] lines = new String(facts, StandardCharsets.UTF_8).split("\n", -1);
            if (lines.length != 7 || !lines[0].equals(VERSION)) {
                return Optional.empty();
            }
            return Optional.of(new CertificateCode(lines[1], lines[2], Long.parseLong(lines[3]), lines[4],
                    LocalDate.parse(lines[5]), lines[6].isEmpty() ? null : LocalDate.parse(lines[6])));
        } catch (IllegalArgumentException | DateTimeParseException | GeneralSecurityException e) {
            return Optional.empty();
        }
    }
}
