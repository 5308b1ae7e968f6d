import { useState } from 'react';
import { optionsText } from '@/lib/i18n/options-messages';
import { parseBandPercent, parseWindowDays } from '@/lib/ui/trend-form';
import type { SectionProps } from './OptionsApp';

/** The trend window (days) and the in-line band (± %); saved when a valid value is entered. */
export function TrendSection({ lang, settings, save }: SectionProps) {
  const text = optionsText(lang);
  const [windowText, setWindowText] = useState(String(settings.windowDays));
  const [bandText, setBandText] = useState(String(Math.round(settings.band * 1000) / 10));
  const windowDays = parseWindowDays(windowText);
  const band = parseBandPercent(bandText);
  return (
    <section aria-labelledby="trend-title">
      <h2 id="trend-title">{text.trendTitle}</h2>
      <label className="field">
        <span>{text.windowDays}</span>
        <input
          type="number"
          name="window-days"
          min={7}
          max={730}
          step={1}
          value={windowText}
          aria-invalid={windowDays === null}
          onChange={(event) => setWindowText(event.target.value)}
          onBlur={() => {
            if (windowDays !== null && windowDays !== settings.windowDays) void save({ windowDays });
          }}
        />
      </label>
      <p className="help">{text.windowHelp}</p>
      <label className="field">
        <span>{text.band}</span>
        <input
          type="number"
          name="band"
          min={0.5}
          max={50}
          step={0.5}
          value={bandText}
          aria-invalid={band === null}
          onChange={(event) => setBandText(event.target.value)}
          onBlur={() => {
            if (band !== null && band !== settings.band) void save({ band });
          }}
        />
      </label>
      <p className="help">{text.bandHelp}</p>
    </section>
  );
}
