package vn.trithuc.knowledge.imports;

import java.io.InputStream;
import java.nio.file.Path;

import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.api.BatchProperty;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import vn.trithuc.content.mediawiki.MediaWikiDump;

/**
 * The import's first step: reads the whole dump once without writing anything, so that a
 * malformed or truncated file fails before a single page is imported (nothing half-imported),
 * and counts its pages for the progress bar and the ETA. Skipped on a restart that already passed it.
 */
@Named("mediaWikiCheck")
@Dependent
public class DumpCheck extends AbstractBatchlet {

    @Inject
    @BatchProperty(name = "runId")
    String runId;

    @Inject
    MediaWikiImports imports;

    @Override
    public String process() throws Exception {
        ImportRun run = imports.run(Long.parseLong(runId));
        long[] pages = {0};
        try (InputStream in = MediaWikiImports.open(Path.of(run.storedPath()))) {
            MediaWikiDump.read(in, run.fileName(), new MediaWikiDump.Handler() {
                @Override
                public boolean pageStart(MediaWikiDump.PageHeader page) {
                    pages[0]++;
                    return false;
                }

                @Override
                public void revision(MediaWikiDump.PageHeader page, MediaWikiDump.Revision revision) {
                    // not read in this pass
                }
            });
        }
        imports.counted(run.id(), pages[0]);
        return "CHECKED";
    }
}
