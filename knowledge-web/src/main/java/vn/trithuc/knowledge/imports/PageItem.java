package vn.trithuc.knowledge.imports;

import java.util.List;

import vn.trithuc.content.mediawiki.MediaWikiDump;

/** One page of a dump with all its revisions, as read: the import's item. */
record PageItem(MediaWikiDump.SiteInfo site, MediaWikiDump.PageHeader page, List<MediaWikiDump.Revision> revisions,
                long bytesRead) {
}
