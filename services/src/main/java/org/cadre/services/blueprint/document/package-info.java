/**
 * Reads role-blueprint documents into structured data: {@link
 * org.cadre.services.blueprint.document.BlueprintDocumentParser} turns the bytes of a WordPress
 * post export, a saved web page, a plain-text capture, Markdown or a Word document into a {@link
 * org.cadre.services.blueprint.document.ParsedBlueprint}, or rejects them with an {@link
 * org.cadre.services.blueprint.document.UnreadableDocumentException}.
 *
 * <p>The work runs in stages, each in its own class:
 *
 * <ol>
 *   <li>recognise the content ({@code ContentSniffer}), decode text ({@code TextDecoder}) and
 *       repair garbled UTF-8 ({@code MojibakeRepair});
 *   <li>read the format into common blocks: headings, paragraphs, list items, tables ({@code
 *       WordPressPostReader}, {@code HtmlPageReader} with {@code HtmlArticle} and {@code
 *       HtmlBlockReader}, {@code TextBlockReader} with {@code TextLineParser}, {@code
 *       MarkdownBlockReader} with {@code MarkdownLineParser}, {@code MarkdownTables} and {@code
 *       MarkdownInline}, {@code DocxBlockReader}), leaving out what surrounds the article ({@code
 *       PageFurniture}, and for text and Markdown {@code PageText} with {@code TextAdvertising});
 *   <li>cut the blocks into numbered sections ({@code SectionSplitter}, {@code NumberedHeading})
 *       and recognise each from its heading ({@code SectionKind});
 *   <li>read each structured section with its extractor (skills, soft skills, KPIs, tools,
 *       scorecard, career path, experience, grouped items), and the title, level, track, family and
 *       summary ({@code RoleProfile}); {@code BlueprintAssembler} puts it together.
 * </ol>
 *
 * <p>Tables that a text capture flattened to one line per row are split back into cells by
 * heuristics ({@code FlatRowSplitter}, {@code ToolRowSplitter}); a row they cannot split with
 * confidence is kept whole, with a warning. Whatever the parser skips or is unsure of is said in
 * {@link org.cadre.services.blueprint.document.ParsedBlueprint#warnings()}.
 *
 * <p>Input is untrusted: every pattern applied to document text is bounded or anchored so that it
 * runs in time linear in the text, markup is walked without recursion, and any failure becomes an
 * {@link org.cadre.services.blueprint.document.UnreadableDocumentException}.
 */
package org.cadre.services.blueprint.document;
