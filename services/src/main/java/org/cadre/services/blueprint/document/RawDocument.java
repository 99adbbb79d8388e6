package org.cadre.services.blueprint.document;

import java.time.Instant;
import java.util.List;

/** What a format reader found: the title and metadata it could see, and the body as blocks. */
record RawDocument(String title, String url, Instant modified, List<Block> blocks) {

  RawDocument {
    blocks = List.copyOf(blocks);
  }
}
