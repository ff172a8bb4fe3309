package vn.trithuc.learning.certificate;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import vn.trithuc.web.Settings;
import vn.trithuc.web.page.Languages;
import vn.trithuc.web.page.Messages;
import vn.trithuc.web.security.Caller;

/**
 * {@code /learn/api/certificates}: public verification of a code ({@code GET {code}}), the PDF
 * for its holder ({@code GET {code}/pdf}), revocation by exam administrators ({@code POST
 * {code}/revocation}), and the public key that verifies codes offline ({@code GET public-key}).
 */
@Path("api/certificates")
public class CertificateResource {

    /** Why a certificate is revoked. */
    public record RevocationRequest(String reason) {
    }

    @Inject
    Certificates certificates;

    @Inject
    SigningKeys keys;

    @Inject
    Caller caller;

    @Context
    HttpServletRequest request;

    @GET
    @Path("public-key")
    @Produces("application/x-pem-file")
    public Response publicKey() {
        CacheControl cache = new CacheControl();
        cache.setMaxAge(3600);
        return Response.ok(keys.publicKeyPem()).cacheControl(cache).build();
    }

    @GET
    @Path("{code: [A-Za-z0-9_.-]{1,1000}}")
    @Produces(MediaType.APPLICATION_JSON)
    public Verification verify(@PathParam("code") String code) {
        return certificates.verify(code);
    }

    @GET
    @Path("{code: [A-Za-z0-9_.-]{1,1000}}/pdf")
    @Produces("application/pdf")
    public Response pdf(@PathParam("code") String code) {
        Certificate certificate = certificates.forHolder(caller, code);
        byte[] pdf = CertificatePdf.render(certificate, verificationUrl(request, code),
                Messages.of(Languages.of(request), CertificatePdf.class.getClassLoader()));
        return Response.ok(pdf).header("Content-Disposition", "attachment; filename=\"chung-nhan-" + certificate.serial() + ".pdf\"")
                .build();
    }

    @POST
    @Path("{code: [A-Za-z0-9_.-]{1,1000}}/revocation")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Verification revoke(@PathParam("code") String code, @NotNull RevocationRequest body) {
        return certificates.revoke(caller, code, body.reason());
    }

    /** The public address of a certificate's verification page, as its QR code carries it. */
    public static String verificationUrl(HttpServletRequest request, String code) {
        return Settings.publicUrl(request.getScheme(), request.getServerName(), request.getServerPort()) + "/learn/certificates/" + code;
    }
}
