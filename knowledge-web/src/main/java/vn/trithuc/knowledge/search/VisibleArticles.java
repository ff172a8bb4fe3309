package vn.trithuc.knowledge.search;

import org.hibernate.search.mapper.pojo.bridge.RoutingBridge;
import org.hibernate.search.mapper.pojo.bridge.binding.RoutingBindingContext;
import org.hibernate.search.mapper.pojo.bridge.mapping.programmatic.RoutingBinder;
import org.hibernate.search.mapper.pojo.bridge.runtime.RoutingBridgeRouteContext;
import org.hibernate.search.mapper.pojo.route.DocumentRoutes;

import vn.trithuc.knowledge.article.Article;

/**
 * Only what readers may see is in the index: an article with a current (published or approved)
 * revision that is not a redirect. A first medical edit waiting for review is not indexed; when
 * an article stops being visible its document is deleted.
 */
public class VisibleArticles implements RoutingBinder {

    @Override
    public void bind(RoutingBindingContext context) {
        // a first revision, an approval and a rename all move updated_at
        context.dependencies().use("updatedAt").use("redirectTo");
        context.bridge(Article.class, new Bridge());
    }

    static final class Bridge implements RoutingBridge<Article> {

        @Override
        public void route(DocumentRoutes routes, Object entityIdentifier, Article article, RoutingBridgeRouteContext context) {
            if (article.isVisible() && article.redirectTo() == null) {
                routes.addRoute();
            } else {
                routes.notIndexed();
            }
        }

        @Override
        public void previousRoutes(DocumentRoutes routes, Object entityIdentifier, Article article,
                                   RoutingBridgeRouteContext context) {
            routes.addRoute();
        }
    }
}
