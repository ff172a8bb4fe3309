package vn.trithuc.learning.certificate;

import java.time.OffsetDateTime;

/**
 * The answer of the public verification ({@code GET /learn/api/certificates/{code}}):
 * {@code status} is {@code valid}, {@code expired}, {@code revoked} or {@code invalid} (unknown,
 * altered or not ours); the facts are given only for a genuine code.
 */
public record Verification(String status, boolean valid, String serial, String learner, Long courseId, String course,
                           OffsetDateTime issuedAt, OffsetDateTime expiresAt, OffsetDateTime revokedAt, String revokedReason) {

    static final Verification INVALID = new Verification("invalid", false, null, null, null, null, null, null, null, null);
}
