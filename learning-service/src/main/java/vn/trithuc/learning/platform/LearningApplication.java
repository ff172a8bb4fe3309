package vn.trithuc.learning.platform;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** Pages and the API under {@code /learn/api}, both served from the {@code /learn} context. */
@ApplicationPath("/")
public class LearningApplication extends Application {
}
