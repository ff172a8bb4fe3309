package vn.trithuc.web.page;

import java.io.IOException;
import java.io.OutputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyWriter;
import jakarta.ws.rs.ext.Provider;

/**
 * Writes a {@link Page} returned by a resource as HTML, rendered by {@link PageRenderer}.
 */
@Provider
@Produces(MediaType.TEXT_HTML)
public class PageWriter implements MessageBodyWriter<Page> {

    @Context
    HttpServletRequest request;

    @Inject
    PageRenderer renderer;

    @Override
    public boolean isWriteable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return Page.class.isAssignableFrom(type);
    }

    @Override
    public void writeTo(Page page, Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType,
                        MultivaluedMap<String, Object> httpHeaders, OutputStream entityStream) throws IOException {
        String html = renderer.render(page);
        httpHeaders.putSingle("Content-Language", Languages.of(request).getLanguage());
        httpHeaders.putSingle("Content-Type", MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"));
        entityStream.write(html.getBytes(StandardCharsets.UTF_8));
    }
}
