package org.cadre.services.blueprint.document;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * Finds the blueprint article in HTML and strips what is not article: navigation, sidebars,
 * advertising, share buttons, comments, forms and scripts.
 *
 * <p>The article is the smallest element holding all the numbered section headings; themes name
 * their content containers differently, but the headings are always there. Noise is recognised by
 * tag (nav, aside, footer, ...) and by class or id words (ad, sidebar, comments, ...). An element
 * that looks like noise but holds most of the numbered headings is a wrapper of the article (some
 * themes put "sidebar" on the body or wrap the page in a form) and stays; one holding a few, such
 * as a sidebar list "1) Five quick tips" or an in-article advert, goes with its headings.
 */
final class HtmlArticle {

  private static final Set<String> NOISE_TAGS =
      Set.of(
          "script",
          "style",
          "noscript",
          "iframe",
          "object",
          "embed",
          "svg",
          "canvas",
          "template",
          "nav",
          "aside",
          "footer",
          "form",
          "button",
          "input",
          "select",
          "textarea",
          "dialog",
          "ins");

  private static final Set<String> NOISE_WORDS =
      Set.of(
          "ad",
          "ads",
          "adv",
          "advert",
          "adverts",
          "advertisement",
          "advertising",
          "adsbygoogle",
          "sponsor",
          "sponsored",
          "promo",
          "promotion",
          "banner",
          "share",
          "sharing",
          "sharedaddy",
          "social",
          "related",
          "relatedposts",
          "newsletter",
          "subscribe",
          "subscription",
          "comment",
          "comments",
          "respond",
          "reply",
          "cookie",
          "cookies",
          "cookiebanner",
          "consent",
          "gdpr",
          "onetrust",
          "cmplz",
          "popup",
          "modal",
          "sidebar",
          "rail",
          "widget",
          "widgets",
          "breadcrumb",
          "breadcrumbs",
          "navigation",
          "navbar",
          "menu",
          "toc",
          "lwptoc",
          "tableofcontents",
          "disqus",
          "footer");

  private static final Pattern FIXED = Pattern.compile("(?i)position\\s*:\\s*(fixed|sticky)");

  private static final Pattern COOKIE_NOTICE =
      Pattern.compile(
          "(?i)\\b(we use cookies|(site|website|page) uses cookies|accept (all )?cookies"
              + "|cookie (policy|settings|preferences|consent))\\b");

  /** A cookie notice is a sentence or two: longer text that mentions cookies is content. */
  private static final int MAX_NOTICE_LENGTH = 400;

  private static final Set<String> NOISE_ROLES =
      Set.of("navigation", "banner", "complementary", "contentinfo", "search", "dialog");

  private HtmlArticle() {}

  /**
   * The element holding the article, with noise removed from the tree; {@code page} says whether
   * the HTML is a whole saved page (its surroundings are then reported as ignored).
   */
  static Element locate(Element container, boolean page, Warnings warnings) {
    Map<Element, Integer> headingsInside = headingsInside(numberedHeadings(container), container);
    int removed = removeNoise(container, headingsInside);
    if (page && removed > 0) {
      warnings.add(
          "Ignored the page around the article: "
              + removed
              + " navigation, advertising, comment or script elements were left out.");
    }
    List<Element> headings = numberedHeadings(container);
    if (headings.isEmpty()) {
      Element content =
          container.selectFirst(".entry-content, [itemprop=articleBody], article, main");
      return content != null ? content : container;
    }
    return smallestCommonAncestor(headings, container);
  }

  /** The numbered headings at the sections' level: the article's section headings. */
  private static List<Element> numberedHeadings(Element container) {
    Map<Integer, List<Element>> byLevel = new HashMap<>();
    for (Element heading : container.select("h1, h2, h3, h4, h5, h6")) {
      if (NumberedHeading.parse(heading.text()) != null) {
        int level = heading.normalName().charAt(1) - '0';
        byLevel.computeIfAbsent(level, l -> new ArrayList<>()).add(heading);
      }
    }
    Map<Integer, Integer> counts = new HashMap<>();
    byLevel.forEach((level, headings) -> counts.put(level, headings.size()));
    Integer level = NumberedHeading.sectionLevel(counts);
    return level == null ? List.of() : byLevel.get(level);
  }

  /**
   * For each element holding numbered headings, how many it holds: one pass from the last element
   * to the first, each adding its count to its parent's, so deep nesting costs no more than size.
   */
  private static Map<Element, Integer> headingsInside(List<Element> headings, Element container) {
    Set<Element> isHeading = Collections.newSetFromMap(new IdentityHashMap<>());
    isHeading.addAll(headings);
    Map<Element, Integer> counts = new IdentityHashMap<>();
    List<Element> all = container.getAllElements();
    for (int i = all.size() - 1; i >= 0; i--) {
      Element element = all.get(i);
      int count = counts.getOrDefault(element, 0) + (isHeading.contains(element) ? 1 : 0);
      if (count > 0) {
        counts.put(element, count);
        if (element != container && element.parent() != null) {
          counts.merge(element.parent(), count, Integer::sum);
        }
      }
    }
    counts.putIfAbsent(container, 0);
    return counts;
  }

  /** Removes the noise and returns how many elements were removed (not counting their insides). */
  private static int removeNoise(Element container, Map<Element, Integer> headingsInside) {
    int total = headingsInside.get(container);
    Set<Element> removed = Collections.newSetFromMap(new IdentityHashMap<>());
    List<Element> noise = new ArrayList<>();
    for (Element element : container.getAllElements()) {
      if (removed.contains(element.parent())) {
        removed.add(element);
        continue;
      }
      boolean wrapsArticle = headingsInside.getOrDefault(element, 0) * 2 > total;
      if (element != container && !wrapsArticle && isNoise(element)) {
        removed.add(element);
        noise.add(element);
      } else if (element != container && isNotice(element)) {
        Element notice = noticeBox(element, container, headingsInside);
        if (!removed.contains(notice)) {
          removed.add(notice);
          removed.add(element);
          noise.add(notice);
        }
      }
    }
    noise.forEach(Element::remove);
    return noise.size();
  }

  /**
   * Whether the element's own text is a cookie notice ("This website uses cookies ..."): themes
   * often give the banner no class that says so. Only the element's own text is read, so the check
   * costs no more than the page's size.
   */
  private static boolean isNotice(Element element) {
    String own = element.ownText();
    return own.length() < MAX_NOTICE_LENGTH && COOKIE_NOTICE.matcher(own).find();
  }

  /**
   * The box holding a notice with its buttons: the largest ancestor that holds no section heading
   * and little more text than the notice.
   */
  private static Element noticeBox(
      Element notice, Element container, Map<Element, Integer> headingsInside) {
    Element box = notice;
    Element parent = box.parent();
    while (parent != null
        && parent != container
        && headingsInside.getOrDefault(parent, 0) == 0
        && textShorterThan(parent, MAX_NOTICE_LENGTH)) {
      box = parent;
      parent = box.parent();
    }
    return box;
  }

  /**
   * Whether the element's text is shorter than {@code limit} characters, reading no more of it than
   * that: asked of each ancestor of each notice, a full count could cost the page's size many times
   * over.
   */
  private static boolean textShorterThan(Element element, int limit) {
    int[] length = {0};
    NodeTraversor.filter(
        new NodeFilter() {
          @Override
          public FilterResult head(Node node, int depth) {
            if (node instanceof TextNode text) {
              length[0] += text.text().strip().length();
            }
            return length[0] >= limit ? FilterResult.STOP : FilterResult.CONTINUE;
          }

          @Override
          public FilterResult tail(Node node, int depth) {
            return FilterResult.CONTINUE;
          }
        },
        element);
    return length[0] < limit;
  }

  private static boolean isNoise(Element element) {
    if (NOISE_TAGS.contains(element.normalName()) || element.hasAttr("hidden")) {
      return true;
    }
    if (FIXED.matcher(element.attr("style")).find()) {
      // Banners and pop-ups float over the page; an article's text never does.
      return true;
    }
    if (NOISE_ROLES.contains(element.attr("role").toLowerCase(Locale.ROOT))) {
      return true;
    }
    String names = element.className() + " " + element.id();
    if (names.isBlank()) {
      return false;
    }
    String lower = names.toLowerCase(Locale.ROOT);
    for (String word : lower.split("[^a-z0-9]+")) {
      if (NOISE_WORDS.contains(word)) {
        return true;
      }
    }
    return lower.contains("table-of-contents");
  }

  /** The deepest element holding every heading, found by walking down from the container. */
  private static Element smallestCommonAncestor(List<Element> headings, Element container) {
    Map<Element, Integer> counts = headingsInside(headings, container);
    int total = headings.size();
    Element ancestor = container;
    Element next = ancestor;
    while (next != null) {
      ancestor = next;
      next = null;
      for (Element child : ancestor.children()) {
        if (counts.getOrDefault(child, 0) == total && !headings.contains(child)) {
          next = child;
          break;
        }
      }
    }
    return ancestor;
  }
}
