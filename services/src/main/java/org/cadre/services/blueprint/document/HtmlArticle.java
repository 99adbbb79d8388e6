package org.cadre.services.blueprint.document;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Element;

/**
 * Finds the blueprint article in HTML and strips what is not article: navigation, sidebars,
 * advertising, share buttons, comments, forms and scripts.
 *
 * <p>The article is the smallest element holding all the numbered section headings; themes name
 * their content containers differently, but the headings are always there. Noise is recognised by
 * tag (nav, aside, footer, ...) and by class or id words (ad, sidebar, comments, ...), except that
 * nothing holding a numbered heading is ever removed (some themes put "sidebar" or "ad" words on
 * the body or on a wrapper of the whole page).
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
          "consent",
          "popup",
          "modal",
          "sidebar",
          "widget",
          "widgets",
          "breadcrumb",
          "breadcrumbs",
          "navigation",
          "navbar",
          "menu",
          "toc",
          "disqus",
          "footer");

  private static final Set<String> NOISE_ROLES =
      Set.of("navigation", "banner", "complementary", "contentinfo", "search", "dialog");

  private HtmlArticle() {}

  /**
   * The element holding the article, with noise removed from the tree; {@code page} says whether
   * the HTML is a whole saved page (its surroundings are then reported as ignored).
   */
  static Element locate(Element container, boolean page, Warnings warnings) {
    List<Element> headings = numberedHeadings(container);
    Set<Element> keep = ancestorsOf(headings, container);
    int removed = removeNoise(container, keep);
    if (page && removed > 0) {
      warnings.add(
          "Ignored the page around the article: "
              + removed
              + " navigation, advertising, comment or script elements were left out.");
    }
    if (headings.isEmpty()) {
      Element content =
          container.selectFirst(".entry-content, [itemprop=articleBody], article, main");
      return content != null ? content : container;
    }
    return smallestCommonAncestor(headings, container);
  }

  private static List<Element> numberedHeadings(Element container) {
    List<Element> headings = new ArrayList<>();
    for (Element heading : container.select("h1, h2, h3, h4, h5, h6")) {
      if (NumberedHeading.parse(heading.text()) != null) {
        headings.add(heading);
      }
    }
    return headings;
  }

  private static Set<Element> ancestorsOf(List<Element> headings, Element container) {
    Set<Element> ancestors = Collections.newSetFromMap(new IdentityHashMap<>());
    for (Element heading : headings) {
      Element e = heading;
      while (e != null && ancestors.add(e) && e != container) {
        e = e.parent();
      }
    }
    return ancestors;
  }

  private static int removeNoise(Element container, Set<Element> keep) {
    List<Element> noise = new ArrayList<>();
    for (Element element : container.getAllElements()) {
      if (element != container && !keep.contains(element) && isNoise(element)) {
        noise.add(element);
      }
    }
    for (Element element : noise) {
      element.remove();
    }
    return noise.size();
  }

  private static boolean isNoise(Element element) {
    if (NOISE_TAGS.contains(element.normalName()) || element.hasAttr("hidden")) {
      return true;
    }
    if (NOISE_ROLES.contains(element.attr("role").toLowerCase(Locale.ROOT))) {
      return true;
    }
    String names = element.className() + " " + element.id();
    if (names.isBlank()) {
      return false;
    }
    for (String word : names.toLowerCase(Locale.ROOT).split("[^a-z0-9]+")) {
      if (NOISE_WORDS.contains(word)) {
        return true;
      }
    }
    return false;
  }

  /** The deepest element holding every heading, found by walking up parent links. */
  private static Element smallestCommonAncestor(List<Element> headings, Element container) {
    List<Element> chain = new ArrayList<>();
    Map<Element, Integer> position = new IdentityHashMap<>();
    for (Element e = headings.get(0).parent(); e != null; e = e.parent()) {
      position.put(e, chain.size());
      chain.add(e);
      if (e == container) {
        break;
      }
    }
    int highest = 0;
    for (Element heading : headings.subList(1, headings.size())) {
      Element e = heading.parent();
      while (e != null && !position.containsKey(e)) {
        e = e.parent();
      }
      if (e == null) {
        return container;
      }
      highest = Math.max(highest, position.get(e));
    }
    return chain.isEmpty() ? container : chain.get(highest);
  }
}
