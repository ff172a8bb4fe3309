package vn.trithuc.knowledge.block;

import java.time.OffsetDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/** A block on one user name, with why, by whom and until when ({@code null}: until lifted). */
@Entity
@Table(name = "user_block")
@NamedQuery(name = UserBlock.ALL, query = "select b from UserBlock b order by b.blockedAt desc")
public class UserBlock {

    static final String ALL = "UserBlock.all";

    @Id
    private String username;

    @Column(nullable = false)
    private String reason;

    @Column(name = "blocked_by", nullable = false)
    private String blockedBy;

    @Column(name = "blocked_at", nullable = false)
    private OffsetDateTime blockedAt;

    @Column(name = "expires_at")
    private OffsetDateTime expiresAt;

    protected UserBlock() {
    }

    UserBlock(String username) {
        this.username = username;
    }

    void set(String reason, String by, OffsetDateTime at, OffsetDateTime expires) {
        this.reason = reason;
        this.blockedBy = by;
        this.blockedAt = at;
        this.expiresAt = expires;
    }

    boolean activeAt(OffsetDateTime now) {
        return expiresAt == null || expiresAt.isAfter(now);
    }

    Blocks.BlockView view() {
        return new Blocks.BlockView(username, reason, blockedBy, blockedAt, expiresAt);
    }
}
