package vn.trithuc.knowledge.search;

import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceUnit;

import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.massindexing.MassIndexer;
import org.hibernate.search.mapper.pojo.massindexing.MassIndexingMonitor;

import vn.trithuc.knowledge.article.Article;

/**
 * The step of the {@code reindex-knowledge} job: drops the article index and rebuilds it from the
 * database with Hibernate Search's mass indexer, reporting progress to {@link ReindexProgress}.
 * Readers keep searching meanwhile (results fill in as documents are written).
 */
@Named("reindexBatchlet")
@Dependent
public class ReindexBatchlet extends AbstractBatchlet {

    @PersistenceUnit(unitName = "knowledge")
    EntityManagerFactory entityManagerFactory;

    @Inject
    JobContext job;

    @Inject
    ReindexProgress progress;

    @Override
    public String process() throws Exception {
        long execution = job.getExecutionId();
        progress.start(execution);
        MassIndexer indexer = Search.mapping(entityManagerFactory).scope(Article.class).massIndexer()
                .threadsToLoadObjects(1).batchSizeToLoadObjects(50).purgeAllOnStart(true)
                .monitor(new MassIndexingMonitor() {
                    @Override
                    public void documentsAdded(long increment) {
                        progress.added(execution, increment);
                    }

                    @Override
                    public void documentsBuilt(long increment) {
                    }

                    @Override
                    public void entitiesLoaded(long increment) {
                    }

                    @Override
                    public void addToTotalCount(long increment) {
                        progress.total(execution, increment);
                    }

                    @Override
                    public void indexingCompleted() {
                    }
                });
        indexer.startAndWait();
        return "COMPLETED";
    }
}
