#!/bin/sh
# Builds the pages' stylesheet and copies GOV.UK Frontend's script into the jar's static assets.
# Run after changing attest.scss or the govuk-frontend version: npm ci && npm run build
set -eu
cd "$(dirname "$0")"
out=../resources/static/assets
mkdir -p "$out"
npx sass --style=compressed --no-source-map --load-path=node_modules --quiet-deps \
  --silence-deprecation=import \
  attest.scss "$out/attest.css"
cp node_modules/govuk-frontend/dist/govuk/govuk-frontend.min.js "$out/govuk-frontend.min.js"
version=$(node -p "require('govuk-frontend/package.json').version")
printf '%s\n' \
  "attest.css and govuk-frontend.min.js are built from govuk-frontend $version (MIT licence," \
  "https://github.com/alphagov/govuk-frontend) by src/main/frontend/build.sh, without the" \
  "GOV.UK font and crown, which are not for use outside GOV.UK." > "$out/NOTICE.txt"
echo "built $out/attest.css (govuk-frontend $version)"
