namespace Briefing.Scaffolding;

/// <summary>The README of a new site: what is there, what is left to write, and the commands.</summary>
internal static class SiteReadme
{
    public static string Markdown(string title, string seedPath) => $"""
        # {title}

        A briefing made with [Briefing](https://www.nuget.org/packages/briefing) from the article in `{seedPath}`.

        ```sh
        briefing preview --drafts   # serve at http://127.0.0.1:5080/ with drafts shown, rebuild on every save
        briefing build              # build the published site into output/
        ```

        ## What is left to write

        - Every line starting with `TODO:` in `input/` is content still to write: the build warns at each one
          (`input/index.md:7: warning: key judgment still to write`) and leaves it out of the published site.
          `--drafts` shows it in preview.
        - `input/glossary/` holds one draft term per name the article uses, with the paragraphs that use it; write
          its short definition and definition, then delete `draft: true` (or the file).
        - `input/data/timeline.yml` holds one draft event per date the article gives; write each title, check the
          date, then delete `draft: true`.
        - `input/data/figures.yml` holds draft key figures for the home page; write each label (keeping the
          article's "about" or "more than") and a sentence, then delete `draft: true`.
        - `CANDIDATES.md` lists every name, date and figure found, with the sentences it came from.
        - `briefing.yml`: set `base_url` to the address the site is published under; `seeds/*.yml` (the sidecar):
          add the article's `publisher`, `author` and `source_url` if you know them. Nothing there is guessed.

        Keep the seed text unchanged once the briefing is published: its paragraph numbers are the addresses that
        citations link to. `briefing add-article OTHER.txt` adds another article; cite it as `cite:its-slug#p3`.

        """;
}
