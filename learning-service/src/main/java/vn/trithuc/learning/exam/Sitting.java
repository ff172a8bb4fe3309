package vn.trithuc.learning.exam;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A scheduled start of an exam: candidates are admitted from {@code startsAt} for
 * {@code admissionMinutes}, with the access code read out in the room and from the listed
 * networks only, when those are set. Attempts can be prepared for it ahead of time.
 */
@Entity
@Table(name = "exam_sitting")
public class Sitting {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "exam_id", nullable = false)
    private long examId;

    @Column
    private String title;

    @Column(name = "starts_at", nullable = false)
    private OffsetDateTime startsAt;

    @Column(name = "admission_minutes", nullable = false)
    private int admissionMinutes;

    /** SHA-256 of the access code, never the code itself. */
    @Column(name = "access_code_hash")
    private String accessCodeHash;

    /** CIDR ranges, one a line. */
    @Column(name = "ip_ranges")
    private String ipRanges;

    @Column(name = "prepare_target", nullable = false)
    private int prepareTarget;

    @Column(name = "created_by", nullable = false)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    protected Sitting() {
    }

    Sitting(long examId, String title, OffsetDateTime startsAt, int admissionMinutes, String accessCode, List<IpRange> ranges,
            int prepareTarget, String createdBy) {
        this.examId = examId;
        this.title = title;
        this.startsAt = startsAt;
        this.admissionMinutes = admissionMinutes;
        this.accessCodeHash = accessCode == null ? null : hash(accessCode);
        this.ipRanges = ranges.isEmpty() ? null : String.join("\n", ranges.stream().map(IpRange::toString).toList());
        this.prepareTarget = prepareTarget;
        this.createdBy = createdBy;
        this.createdAt = OffsetDateTime.now();
    }

    /** Whether candidates are let in at {@code at}. */
    boolean admitting(OffsetDateTime at) {
        return !at.isBefore(startsAt) && at.isBefore(admissionEndsAt());
    }

    OffsetDateTime admissionEndsAt() {
        return startsAt.plusMinutes(admissionMinutes);
    }

    boolean codeMatches(String code) {
        if (accessCodeHash == null) {
            return true;
        }
        return code != null && MessageDigest.isEqual(hash(code.strip()).getBytes(StandardCharsets.US_ASCII),
                accessCodeHash.getBytes(StandardCharsets.US_ASCII));
    }

    boolean needsCode() {
        return accessCodeHash != null;
    }

    List<IpRange> ranges() {
        return ipRanges == null || ipRanges.isBlank() ? List.of() : Arrays.stream(ipRanges.split("\n")).map(IpRange::parse).toList();
    }

    /** Admitted from {@code ip} when no range is set or one contains it. */
    boolean admitsFrom(String ip) {
        List<IpRange> ranges = ranges();
        return ranges.isEmpty() || ranges.stream().anyMatch(r -> r.contains(ip));
    }

    private static String hash(String code) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(("trithuc-sitting:" + code.strip()).getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public Long id() {
        return id;
    }

    public long examId() {
        return examId;
    }

    public String title() {
        return title;
    }

    public OffsetDateTime startsAt() {
        return startsAt;
    }

    public int admissionMinutes() {
        return admissionMinutes;
    }

    public int prepareTarget() {
        return prepareTarget;
    }
}
