package vn.trithuc.knowledge.platform;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** Pages at human URLs and the API under {@code /api}, both served from the context root. */
@ApplicationPath("/")
public class KnowledgeApplication extends Application {
}
