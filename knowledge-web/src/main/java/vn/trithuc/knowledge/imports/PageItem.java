package vn.trithuc.knowledge.imports;

import java.util.List;

import vn.trithuc.content.mediawiki.MediaWikiDump;

/**
 * One page of a dump with all its revisions, as read: the import's item. {@code redo}: the page
 * was written by an earlier execution whose search indexing was not confirmed (see {@link MediaWikiReader}).
 */
record PageItem(MediaWikiDump.SiteInfo site, MediaWikiDump.PageHeader page, List<MediaWikiDump.Revision> revisions,
                long bytesRead, boolean redo) {
}
