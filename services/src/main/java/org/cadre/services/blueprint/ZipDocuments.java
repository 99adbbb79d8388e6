package org.cadre.services.blueprint;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;
import org.cadre.services.common.RejectedDocumentException;
import org.cadre.services.common.TooLargeException;
import org.cadre.services.imports.ImportSettings;

/**
 * The documents in an uploaded zip. Expands entries while counting what comes out, so the limits
 * hold whatever the zip claims about itself: a zip bomb is stopped at the limit, not after.
 * Folders, hidden files and macOS resource forks are passed over.
 */
final class ZipDocuments {

  private static final int BUFFER = 64 * 1024;

  private ZipDocuments() {}

  /** One document of the zip, by its name inside the zip. */
  record Entry(String name, byte[] content) {}

  static List<Entry> read(byte[] zip, String zipName, ImportSettings limits) {
    if (zip.length > limits.zipBytes()) {
      throw new TooLargeException(
          zipName
              + " is "
              + ImportSettings.megabytes(zip.length)
              + "; a zip of blueprints may be at most "
              + ImportSettings.megabytes(limits.zipBytes())
              + ".");
    }
    List<Entry> entries = new ArrayList<>();
    long expanded = 0;
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
      ZipEntry entry;
      while ((entry = in.getNextEntry()) != null) {
        if (entry.isDirectory() || skipped(entry.getName())) {
          continue;
        }
        if (entries.size() == limits.zipDocuments()) {
          throw new TooLargeException(
              zipName + " holds more than " + limits.zipDocuments() + " documents; split it.");
        }
        byte[] content = expand(in, entry.getName(), zipName, limits, expanded);
        expanded += content.length;
        entries.add(new Entry(entry.getName(), content));
      }
    } catch (ZipException e) {
      throw new RejectedDocumentException(
          zipName + " is not a readable zip file: " + e.getMessage());
    } catch (IOException e) {
      throw new RejectedDocumentException(zipName + " could not be read: " + e.getMessage());
    }
    if (entries.isEmpty()) {
      throw new RejectedDocumentException(zipName + " holds no documents (or is not a zip file).");
    }
    return entries;
  }

  private static byte[] expand(
      ZipInputStream in, String name, String zipName, ImportSettings limits, long expandedSoFar)
      throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] buffer = new byte[BUFFER];
    int read;
    while ((read = in.read(buffer)) > 0) {
      out.write(buffer, 0, read);
      if (out.size() > limits.documentBytes()) {
        throw new TooLargeException(
            zipName
                + ": "
                + name
                + " expands to more than "
                + ImportSettings.megabytes(limits.documentBytes())
                + ", the most a document may be.");
      }
      if (expandedSoFar + out.size() > limits.zipExpandedBytes()) {
        throw new TooLargeException(
            zipName
                + " expands to more than "
                + ImportSettings.megabytes(limits.zipExpandedBytes())
                + "; it may be a zip bomb, or too many documents at once.");
      }
    }
    return out.toByteArray();
  }

  private static boolean skipped(String name) {
    String base = name.substring(name.lastIndexOf('/') + 1);
    return base.isEmpty() || base.startsWith(".") || name.startsWith("__MACOSX/");
  }
}
