package vn.trithuc.learning.certificate;

import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import vn.trithuc.web.Settings;

/**
 * The Ed25519 key pair certificates are signed with: from {@code TRITHUC_CERTIFICATE_KEY}
 * ({@code base64(PKCS#8 private key):base64(X.509 public key)}) when set, otherwise the pair kept
 * in the database, generated on the first start. The public key is published for offline checks.
 */
@ApplicationScoped
public class SigningKeys {

    static final String NAME = "certificates";
    private static final Logger LOG = Logger.getLogger(SigningKeys.class);

    @PersistenceContext(unitName = "learning")
    EntityManager em;

    private volatile KeyPair pair;

    /** Loads (or creates) the key pair; called when the application starts. */
    @Transactional
    public void ensure() {
        if (pair != null) {
            return;
        }
        String configured = Settings.env("TRITHUC_CERTIFICATE_KEY", "");
        if (!configured.isBlank()) {
            String[] parts = configured.strip().split(":");
            if (parts.length != 2) {
                throw new IllegalStateException("TRITHUC_CERTIFICATE_KEY is base64(PKCS#8 private key):base64(X.509 public key)");
            }
            pair = decode(parts[0], parts[1]);
            return;
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select private_key, public_key from learning.signing_key where name = ?1")
                .setParameter(1, NAME).getResultList();
        if (!rows.isEmpty()) {
            pair = decode((String) rows.get(0)[0], (String) rows.get(0)[1]);
            return;
        }
        try {
            KeyPair generated = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
            em.createNativeQuery("insert into learning.signing_key (name, algorithm, private_key, public_key, created_at) values (?1, ?2, ?3, ?4, ?5)")
                    .setParameter(1, NAME).setParameter(2, "Ed25519")
                    .setParameter(3, Base64.getEncoder().encodeToString(generated.getPrivate().getEncoded()))
                    .setParameter(4, Base64.getEncoder().encodeToString(generated.getPublic().getEncoded()))
                    .setParameter(5, OffsetDateTime.now()).executeUpdate();
            pair = generated;
            LOG.info("Generated the Ed25519 key that signs certificates");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Ed25519 is not available", e);
        }
    }

    public PrivateKey privateKey() {
        ensure();
        return pair.getPrivate();
    }

    public PublicKey publicKey() {
        ensure();
        return pair.getPublic();
    }

    /** The public key as PEM, for verifying certificate codes offline. */
    public String publicKeyPem() {
        return "-----BEGIN PUBLIC KEY-----\n" + Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(publicKey().getEncoded())
                + "\n-----END PUBLIC KEY-----\n";
    }

    private static KeyPair decode(String privateKey, String publicKey) {
        try {
            KeyFactory factory = KeyFactory.getInstance("Ed25519");
            return new KeyPair(factory.generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(publicKey.strip()))),
                    factory.generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(privateKey.strip()))));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalStateException("The certificate signing key cannot be read", e);
        }
    }
}
