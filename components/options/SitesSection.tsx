import { optionsText } from '@/lib/i18n/options-messages';
import { DEFAULT_SETTINGS } from '@/lib/settings/schema';
import type { SectionProps } from './OptionsApp';

/** Sites on or off, and whether non-rigs get a quiet mark. */
export function SitesSection({ lang, settings, save }: SectionProps) {
  const text = optionsText(lang);
  const sites = Object.keys({ ...DEFAULT_SETTINGS.sites, ...settings.sites });
  return (
    <section aria-labelledby="sites-title">
      <h2 id="sites-title">{text.sitesTitle}</h2>
      <p className="help">{text.siteHelp}</p>
      {sites.map((site) => (
        <label key={site} className="check">
          <input
            type="checkbox"
            name={`site-${site}`}
            checked={settings.sites[site] !== false}
            onChange={(event) => void save({ sites: { ...settings.sites, [site]: event.target.checked } })}
          />
          {text.siteNames[site] ?? site}
        </label>
      ))}
      <label className="check">
        <input
          type="checkbox"
          name="mark-non-rigs"
          checked={settings.markNonRigs}
          onChange={(event) => void save({ markNonRigs: event.target.checked })}
        />
        {text.markNonRigs}
      </label>
      <p className="help">{text.markNonRigsHelp}</p>
    </section>
  );
}
