# Shared by the checks that install the npm packages in projects outside the repository
# (check-packages.sh, check-pnpm.sh, check-astro.sh, check-next.sh); sourced, not run.
#
# The tarballs are packed once: check-packages.sh packs every published package (and checks each
# tarball); with RPC_KIT_TARBALLS set to an empty folder it packs them there and leaves them, and
# the other checks, given the same RPC_KIT_TARBALLS, install those files (CI does this). Run alone,
# each check packs its own into its temporary folder.

# The workspace folders that are published (every one but the private ones), one a line.
published_packages() {
  node -e '
    const { readFileSync } = require("node:fs");
    for (const dir of JSON.parse(readFileSync("package.json", "utf8")).workspaces)
      if (!JSON.parse(readFileSync(dir + "/package.json", "utf8")).private) console.log(dir);'
}

# tarballs_dir WORK: prints the folder that holds every published package's tarball:
# $RPC_KIT_TARBALLS when it holds them, or else WORK/tarballs, packed now. Run from the repository.
tarballs_dir() {
  if [ -n "${RPC_KIT_TARBALLS:-}" ]; then
    local dir
    for dir in $(published_packages); do
      local name
      name=$(node -p "require('./$dir/package.json').name.replace('@', '').replace('/', '-')")
      if ! compgen -G "$RPC_KIT_TARBALLS/$name-[0-9]*.tgz" > /dev/null; then
        echo "RPC_KIT_TARBALLS=$RPC_KIT_TARBALLS has no tarball of $dir (run check-packages.sh with it first)" >&2
        return 1
      fi
    done
    echo "$RPC_KIT_TARBALLS"
    return
  fi
  mkdir "$1/tarballs"
  local dir
  for dir in $(published_packages); do
    (cd "$dir" && npm pack --pack-destination "$1/tarballs" > /dev/null 2>&1) || {
      echo "npm pack failed in $dir (run npm run build first)" >&2
      return 1
    }
  done
  echo "$1/tarballs"
}

# tarball_of DIR NAME: the path of @rpc-kit/NAME's one tarball in DIR.
tarball_of() {
  local found
  found=$(compgen -G "$1/rpc-kit-$2-[0-9]*.tgz") || { echo "no tarball of @rpc-kit/$2 in $1" >&2; return 1; }
  [ "$(echo "$found" | wc -l)" -eq 1 ] || { echo "more than one tarball of @rpc-kit/$2 in $1" >&2; return 1; }
  echo "$found"
}

# council_module PACKAGE: prints a TypeScript module exporting the example council's config
# ($repo/docs/examples/northshire.config.json), checked against PACKAGE's ConfigInput type.
council_module() {
  echo "import type { ConfigInput } from '$1';"
  printf 'export const council = '
  node -e 'const c = require(process.argv[1]); delete c.$schema; process.stdout.write(JSON.stringify(c, null, 2))' \
    "$repo/docs/examples/northshire.config.json"
  echo ' satisfies ConfigInput;'
}
