package vn.trithuc.knowledge.imports;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.listener.JobListener;
import jakarta.batch.api.listener.StepListener;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.context.JobContext;
import jakarta.batch.runtime.context.StepContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** Keeps the import run's status in step with its batch execution (running, paused, done, failed and why). */
@Named("mediaWikiImportListener")
@Dependent
public class ImportJobListener implements JobListener, StepListener {

    @Inject
    @BatchProperty(name = "runId")
    String runId;

    @Inject
    JobContext job;

    @Inject
    StepContext step;

    @Inject
    MediaWikiImports imports;

    @Override
    public void beforeJob() {
        imports.running(Long.parseLong(runId), job.getExecutionId());
    }

    @Override
    public void afterJob() {
        BatchStatus status = job.getBatchStatus();
        imports.ended(Long.parseLong(runId), status, null);
        if (status == BatchStatus.COMPLETED) {
            imports.discardUpload(Long.parseLong(runId));
        }
    }

    @Override
    public void beforeStep() {
        // nothing to record
    }

    @Override
    public void afterStep() {
        Exception error = step.getException();
        if (error != null) {
            imports.ended(Long.parseLong(runId), BatchStatus.FAILED, error.getMessage() == null
                    ? error.getClass().getSimpleName() : error.getMessage());
        }
    }
}
