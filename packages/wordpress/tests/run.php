<?php
/**
 * A tiny test runner: loads WordPress stubs and the plugin, then runs every `test_*` function in
 * tests/*-test.php. Exit 0 when all pass. Run: php packages/wordpress/tests/run.php
 *
 * @package RPC_Kit
 */

// phpcs:disable

error_reporting( E_ALL );
set_error_handler(
	function ( $severity, $message, $file, $line ) {
		throw new ErrorException( $message, 0, $severity, $file, $line );
	}
);

require __DIR__ . '/wp-stubs.php';

/** The plugin's source, with stand-ins for the built element files (the practice audit not built yet). */
$plugin = dirname( __DIR__ );
$cdn    = sys_get_temp_dir() . '/rpc-kit-php-tests-' . getmypid() . '/';
mkdir( $cdn, 0700, true );
foreach ( array( 'rpc-kit', 'rpc-screener', 'rpc-da-check', 'rpc-signposter', 'rpc-help-finder' ) as $name ) {
	file_put_contents( $cdn . $name . '.js', '// stand-in' );
}
define( 'RPC_KIT_CDN_DIR', $cdn );
register_shutdown_function(
	function () use ( $cdn ) {
		array_map( 'unlink', glob( $cdn . '*' ) );
		rmdir( $cdn );
	}
);

final class Assert {
	public static $count = 0;
	public static function true( $condition, $message = 'expected true' ) {
		self::$count++;
		if ( ! $condition ) {
			throw new Exception( $message );
		}
	}
	public static function same( $expected, $actual, $message = '' ) {
		self::$count++;
		if ( $expected !== $actual ) {
			throw new Exception( ( $message ? $message . ': ' : '' ) . 'expected ' . var_export( $expected, true ) . ', got ' . var_export( $actual, true ) );
		}
	}
	public static function contains( $needle, $haystack, $message = '' ) {
		self::$count++;
		if ( false === strpos( (string) $haystack, $needle ) ) {
			throw new Exception( ( $message ? $message . ': ' : '' ) . var_export( $needle, true ) . ' not in ' . var_export( $haystack, true ) );
		}
	}
	public static function not_contains( $needle, $haystack, $message = '' ) {
		self::$count++;
		if ( false !== strpos( (string) $haystack, $needle ) ) {
			throw new Exception( ( $message ? $message . ': ' : '' ) . var_export( $needle, true ) . ' found in ' . var_export( $haystack, true ) );
		}
	}
	/** Runs $fn and returns what it threw (failing if nothing, or something else, was thrown). */
	public static function throws( $class, callable $fn ) {
		self::$count++;
		try {
			$fn();
		} catch ( Exception $e ) {
			if ( $e instanceof $class ) {
				return $e;
			}
			throw $e;
		}
		throw new Exception( "expected $class to be thrown" );
	}
}

require $plugin . '/rpc-kit.php';

$files = glob( __DIR__ . '/*-test.php' );
sort( $files );
$before = get_defined_functions()['user'];
foreach ( $files as $file ) {
	require $file;
}
$tests  = array_values( array_filter( array_diff( get_defined_functions()['user'], $before ), fn( $f ) => 0 === strpos( $f, 'test_' ) ) );
$failed = 0;
foreach ( $tests as $test ) {
	WP_Stub::reset();
	RPC_Kit_Plugin::reset();
	try {
		$test();
		echo "ok   $test\n";
	} catch ( Throwable $e ) {
		$failed++;
		echo "FAIL $test\n     " . get_class( $e ) . ': ' . $e->getMessage() . ' (' . basename( $e->getFile() ) . ':' . $e->getLine() . ")\n";
	}
}
printf( "\n%d tests, %d assertions, %d failed\n", count( $tests ), Assert::$count, $failed );
exit( $failed ? 1 : 0 );
